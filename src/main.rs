fn main() {
    influencer_rate_calculator::ui::start();
}
