//! Offline support as the page sees it: registers the service worker, asks it for the rest of
//! the app once this page is interactive (with data saver on, only once the user agreed), knows
//! when a new version is ready (the user reloads when they choose, never mid-edit), and looks for
//! newer city data on the server, which replaces the saved copy only once the app has checked
//! it. The notices that tell the user are `chrome::updates`.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::settings;
use crate::data;

/// Where the app fetches its data (the worker caches it under this name too); relative, so
/// the app works under any path.
pub const DATASET_URL: &str = "data/dataset.bin";

/// The cache the service worker serves the dataset from (see `sw/sw.js`).
const DATA_CACHE: &str = "passerelle-data";

#[derive(Debug, Clone, PartialEq)]
pub enum DataUpdate {
    /// A newer, valid file was saved; it is used from the next start.
    Saved,
    /// The server's file differs but is not a whole dataset of this version; the saved copy
    /// stays.
    Broken,
}

/// The rest of the app, for use without a network (`sw/sw.js` keeps this page's files at once).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Offline {
    /// Nothing to say: the rest is on its way or already there, or the user said "not now".
    Quiet,
    /// Data saver is on: the rest, this many bytes, waits for the user's yes.
    Ask(u64),
    /// The user said yes; the rest is on its way.
    Downloading,
    /// The rest has just arrived: said once, on the visit it happens.
    Ready,
}

#[derive(Clone, Copy)]
pub struct Updates {
    pub app_ready: RwSignal<bool>,
    /// A new version failed the worker's checks (a broken deploy): this one stays.
    pub app_failed: RwSignal<bool>,
    pub data: RwSignal<Option<DataUpdate>>,
    pub offline: RwSignal<Offline>,
    waiting: StoredValue<Option<web_sys::ServiceWorker>, LocalStorage>,
}

/// A short fingerprint of the dataset file, to tell whether the server's copy differs.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Whether the user asked the browser to save data (`navigator.connection.saveData`, where the
/// browser has it).
fn saves_data() -> bool {
    js_sys::Reflect::get(&window().navigator(), &"connection".into())
        .and_then(|connection| js_sys::Reflect::get(&connection, &"saveData".into()))
        .ok()
        .and_then(|save| save.as_bool())
        .unwrap_or(false)
}

/// Posts `message` to the active worker, once there is one.
async fn tell_worker(message: &'static str) {
    let Some(ready) = container().and_then(|c| c.ready().ok()) else {
        return;
    };
    let Ok(registration) = JsFuture::from(ready).await else {
        return;
    };
    let active = registration
        .dyn_into::<web_sys::ServiceWorkerRegistration>()
        .ok()
        .and_then(|r| r.active());
    if let Some(worker) = active {
        let _ = worker.post_message(&JsValue::from_str(message));
    }
}

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = window().navigator();
    // Browsers without service workers (or pages where they are off) simply run online.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()
        .filter(|has| *has)
        .map(|_| navigator.service_worker())
}

impl Updates {
    /// Provides the update state to the views (step 4 of [`crate::ui::context`]).
    pub fn provide() -> Updates {
        let updates = Updates {
            app_ready: RwSignal::new(false),
            app_failed: RwSignal::new(false),
            data: RwSignal::new(None),
            offline: RwSignal::new(Offline::Quiet),
            waiting: StoredValue::new_local(None),
        };
        provide_context(updates);
        updates
    }

    /// Once the first view is on screen and the browser is idle, registers the service worker,
    /// asks it for the rest of the app (it waits for the network to be quiet, then downloads one
    /// file at a time) and looks for newer city data.
    pub fn after_first_view(self, dataset: u64) {
        request_idle_callback(move || {
            self.check_dataset(dataset);
            let Some(container) = container() else { return };
            self.hear(&container);
            spawn_local(async move {
                let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
                    return;
                };
                // A browser that blocks service workers may answer with no registration.
                let Ok(registration) =
                    registration.dyn_into::<web_sys::ServiceWorkerRegistration>()
                else {
                    return;
                };
                self.watch(&registration);
                let ask = if !saves_data() {
                    "precache"
                } else if settings::offline_later() {
                    return;
                } else {
                    "missing"
                };
                tell_worker(ask).await;
            });
        });
    }

    /// The user agreed to download the rest of the app.
    pub fn make_available_offline(self) {
        self.offline.set(Offline::Downloading);
        spawn_local(tell_worker("precache"));
    }

    /// The user said "not now": not asked again during this visit.
    pub fn not_now(self) {
        self.offline.set(Offline::Quiet);
        settings::remember_offline_later();
    }

    /// A worker that finishes installing while an older one controls the page is a new version.
    fn watch(self, registration: &web_sys::ServiceWorkerRegistration) {
        let has_controller = || container().and_then(|c| c.controller()).is_some();
        if let Some(waiting) = registration.waiting() {
            if has_controller() {
                self.ready(waiting);
            }
        }
        let registration_for_event = registration.clone();
        let on_update = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = registration_for_event.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    self.ready(worker.clone());
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_update.as_ref().unchecked_ref()));
        on_update.forget();
    }

    /// What the worker tells the pages: a new version refused to install, how much of the app is
    /// left to download (the answer to "missing"), the rest has arrived.
    fn hear(self, container: &web_sys::ServiceWorkerContainer) {
        let on_message =
            Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let data = event.data();
                let field = |name: &str| js_sys::Reflect::get(&data, &name.into()).ok();
                match field("type").and_then(|k| k.as_string()).as_deref() {
                    Some("update-failed") => self.app_failed.set(true),
                    Some("offline-missing") => {
                        let bytes = field("bytes").and_then(|b| b.as_f64()).unwrap_or(0.0);
                        self.offline.set(Offline::Ask(bytes as u64));
                    }
                    Some("offline-ready") => self.offline.set(Offline::Ready),
                    _ => {}
                }
            });
        container.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        on_message.forget();
    }

    fn ready(self, worker: web_sys::ServiceWorker) {
        self.waiting.set_value(Some(worker));
        self.app_ready.set(true);
    }

    /// Switches to the waiting version and reloads once it controls the page.
    pub fn apply(self) {
        let Some(container) = container() else { return };
        let reload = Closure::<dyn Fn()>::new(|| {
            let _ = window().location().reload();
        });
        container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
        reload.forget();
        self.waiting.with_value(|worker| {
            if let Some(worker) = worker {
                let _ = worker.post_message(&JsValue::from_str("skip-waiting"));
            }
        });
    }

    /// When online and served by the service worker, fetches the server's dataset; a different
    /// file that unpacks whole replaces the saved copy for the next start, a broken one is
    /// reported and ignored.
    fn check_dataset(self, current: u64) {
        let online = window().navigator().on_line();
        let controlled = container().and_then(|c| c.controller()).is_some();
        if !online || !controlled {
            return;
        }
        spawn_local(async move {
            let url = format!("{DATASET_URL}?check={}", js_sys::Date::now());
            let Ok(response) = gloo_net::http::Request::get(&url)
                .cache(web_sys::RequestCache::NoStore)
                .send()
                .await
            else {
                return;
            };
            if !response.ok() {
                return;
            }
            let Ok(mut bytes) = response.binary().await else {
                return;
            };
            if fingerprint(&bytes) == current {
                return;
            }
            match data::unpack(&bytes) {
                Ok(_) => {
                    if save_dataset(&mut bytes).await.is_ok() {
                        self.data.set(Some(DataUpdate::Saved));
                    }
                }
                Err(_) => self.data.set(Some(DataUpdate::Broken)),
            }
        });
    }
}

async fn save_dataset(bytes: &mut [u8]) -> Result<(), JsValue> {
    let caches = window().caches()?;
    let cache: web_sys::Cache = JsFuture::from(caches.open(DATA_CACHE))
        .await?
        .unchecked_into();
    let url = web_sys::Url::new_with_base(DATASET_URL, &window().location().href()?)?.href();
    let response = web_sys::Response::new_with_opt_u8_array(Some(bytes))?;
    JsFuture::from(cache.put_with_str(&url, &response)).await?;
    Ok(())
}
