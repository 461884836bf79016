"""Use cases over the project file: the Qt-free facade that both the GUI and the CLI drive."""
