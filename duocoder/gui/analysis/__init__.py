"""The analysis pane: co-occurrence, code matrix, stakeholder and duo views, with their
filters, heatmaps and charts."""
