"""One module per screen; each is built with a ScreenContext and knows nothing of the others."""
