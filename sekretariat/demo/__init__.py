"""Demo and scale data: a deterministic, seeded Sekojo-like market.

``demo.build.build_demo(path, scale="small"|"medium"|"large", seed=2026)`` makes a
ready database: the market's profile, one account per role (passwords in
``DemoResult.accounts``), and a journal history written through the services
(small) or, for the benchmark scale, by the bulk writer that computes the same
rows. See ``build.py`` for what 'today' of a demo is, ``market_plan.py`` for
the market, ``steps.py`` for the books, ``engine.py`` for how a module adds
its own demo data.

The package itself imports none of its modules (they import each other by
their full names), so importing one never runs the others first.
"""
