"""Long descriptions are shortened at a word, never mid-number."""

from sekretariat.views.widgets.cells import short_text


def test_a_long_description_is_shortened_at_a_word():
    text = "Sewa A-01, Sep 2026 sampai Nov 2026 Rp1.250.000 sisa"
    shown = short_text(text, 34).plain
    assert len(shown) <= 34 and shown.endswith("…")
    kept = shown.removesuffix("…").split()
    assert all(word in text.split() for word in kept)  # whole words only
    assert short_text("Iuran A-01", 34).plain == "Iuran A-01"


def test_one_word_longer_than_the_column_is_marked_cut():
    assert short_text("x" * 50, 10).plain == "x" * 9 + "…"
