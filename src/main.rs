// The allocator: talc instead of the default dlmalloc (see Cargo.toml). Only
// the shipped binary uses it; native and browser tests keep the default.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    influencer_rate_calculator::ui::start();
}
