//! The Contribute page's entry point (contribute.html), built by Trunk: self-described profiles,
//! contribution files and share links, whose deflate and QR code live only in this module.

#[cfg(target_arch = "wasm32")]
fn main() {
    passerelle::ui::start(
        passerelle::address::Page::Contribute,
        passerelle::ui::pages::contribute,
        passerelle::ui::pages::contribute_setup,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Passerelle runs in the browser: start it with `make run`. The native tool is passerelle-cli.");
    std::process::exit(2);
}
