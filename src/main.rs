//! The Explore page's entry point (index.html), built by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    passerelle::ui::start(
        passerelle::address::Page::Explore,
        passerelle::ui::pages::explore,
        passerelle::ui::pages::explore_setup,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Passerelle runs in the browser: start it with `make run`. The native tool is passerelle-cli.");
    std::process::exit(2);
}
