//! The Workshop page's entry point (workshop.html), built by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    passerelle::ui::start(
        passerelle::address::Page::Workshop,
        passerelle::ui::pages::workshop,
        passerelle::ui::pages::workshop_setup,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Passerelle runs in the browser: start it with `make run`. The native tool is passerelle-cli.");
    std::process::exit(2);
}
