//! The Visual page's entry point (visual.html), built by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    passerelle::ui::start(
        passerelle::address::Page::Visual,
        passerelle::ui::pages::visual,
        passerelle::ui::pages::visual_setup,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Passerelle runs in the browser: start it with `make run`. The native tool is passerelle-cli.");
    std::process::exit(2);
}
