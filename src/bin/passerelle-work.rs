//! The Workspace page's entry point (work.html), built by Trunk.

#[cfg(target_arch = "wasm32")]
fn main() {
    passerelle::ui::start(
        passerelle::address::Page::Workspace,
        passerelle::ui::pages::workspace,
        passerelle::ui::pages::workspace_setup,
    );
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Passerelle runs in the browser: start it with `make run`. The native tool is passerelle-cli.");
    std::process::exit(2);
}
