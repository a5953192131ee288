"""The Tunggakan screen shows the columns and totals of `sekretariat arrears`:
the arrears (overdue only) and, in a column of its own, what is not yet due."""

from __future__ import annotations

from uihelp import SIZE, login, screen_text, settle

from sekretariat.i18n import t
from sekretariat.money import format_rupiah


async def test_arrears_screen_has_the_cli_columns_and_says_which_total_is_arrears(
        app_for, market_data, chair, sessions):
    from sekretariat.i18n.formats import fmt_date
    from sekretariat.services.leasing import statements
    from sekretariat.views.leasing.arrears import ArrearsScreen

    page = statements.list_arrears(chair)
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "pembaca")
        app.open_section("arrears")
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, ArrearsScreen)
        table = app.screen.query_one("#arrears-table")
        labels = [str(column.label) for column in table.columns.values()]
        assert labels == [t(f"arrears.col.{key}") for key in statements.ARREARS_COLUMNS]
        assert "Belum jatuh tempo" in labels and "Tunggakan" in labels
        total = str(app.screen.query_one("#arrears-total").render())
        summary = t("arrears.summary", traders=page.traders, day=fmt_date(page.as_of),
                    **{k: format_rupiah(getattr(page.totals, k))
                       for k in statements.ARREARS_MONEY})
        assert total == summary
        assert "Tunggakan pasar per" in screen_text(app)
        row = page.rows[0]
        cells = table.get_row(str(row.trader_id))
        for key in statements.ARREARS_MONEY:
            at = statements.ARREARS_COLUMNS.index(key)
            assert str(cells[at]) == format_rupiah(getattr(row, key)), key
