"""Full screens: login, home and one per section."""
