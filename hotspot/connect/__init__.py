"""Connect: what holds across articles — a country's signal timeline, its brief."""
