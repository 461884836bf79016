"""The transcript in the middle of the window: the view, its margins and highlighting,
find, and coding the selected passage."""
