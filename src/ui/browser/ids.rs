//! Fresh ids for what the user creates on this device.

use leptos::prelude::window;

use crate::proposals::new_id;

/// A fresh proposal id from 128 bits of the browser's cryptographic random source, so two tabs
/// or two devices never make the same one. `getRandomValues`, unlike `randomUUID`, also works
/// on a plain-http host; `Math.random` is the last resort of a browser without `crypto`.
pub fn fresh_id() -> String {
    let mut bytes = [0u8; 16];
    let filled = window()
        .crypto()
        .and_then(|crypto| crypto.get_random_values_with_u8_array(&mut bytes))
        .is_ok();
    if !filled {
        for byte in &mut bytes {
            *byte = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    new_id(u128::from_le_bytes(bytes))
}
