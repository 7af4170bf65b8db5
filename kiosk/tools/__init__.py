"""Developer and operator tools: screenshots of every screen, the benchmark."""
