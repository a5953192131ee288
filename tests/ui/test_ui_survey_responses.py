"""A survey's forms from the keyboard (issue 10): r on the surveys list shows
the forms typed in, newest first, a page at a time; v voids the one under
the cursor with a reason, asked and then confirmed; the void form stays in
the list marked as such and leaves the index. Checked on the screen and in
the database."""

from __future__ import annotations

import datetime as dt

from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat import db
from sekretariat.services.surveys import indices, questionnaires, responses
from sekretariat.services.surveys.questionnaires import QuestionInput
from sekretariat.views.core.confirm import ConfirmDialog
from sekretariat.views.surveys.responses import PAGE_SIZE, ResponsesScreen
from sekretariat.views.surveys.surveys import SurveysScreen
from sekretariat.views.surveys.void_response import VoidResponseDialog

DAY = dt.date(2026, 11, 20)


def _rows(sql: str, *params):
    return db.current_database().execute_sql(sql, params).fetchall()


def _survey(sessions, forms: list[tuple[int, int, int | None]]):
    """A parking survey (two statements, a rupiah number) with ``forms``
    typed in by the staff member, oldest first."""
    survey = questionnaires.create_survey(
        sessions["parkir"], 2026, "parkir", "Kepuasan parkir 2026",
        [QuestionInput("likert", "Kendaraan aman", 5, code="aman"),
         QuestionInput("likert", "Tarif wajar", 3, code="tarif"),
         QuestionInput("number", "Biaya parkir sebulan", unit="Rp", code="biaya")])
    survey = questionnaires.open_survey(sessions["parkir"], survey.id)
    ids = [q.id for q in survey.questions]
    for safe, fair, cost in forms:
        responses.record_response(sessions["staf"], survey.id, DAY,
                                  dict(zip(ids, (safe, fair, cost))), respondent="")
    return survey


async def _open_forms(pilot) -> None:
    await pilot.press("1", "2")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SurveysScreen)
    await pilot.press("r")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ResponsesScreen)


async def test_void_a_form_with_a_reason_and_a_confirm(app_for, sessions):
    survey = _survey(sessions, [(5, 5, 50_000), (1, 2, None), (4, 4, 75_000)])
    before = indices.survey_index(sessions["pembaca"], survey.id)
    assert before.csi is not None and before.responses == 3
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "staf")
        await _open_forms(pilot)
        text = screen_text(app)
        assert "Formulir — Kepuasan parkir 2026 (pengguna parkir, 2026) · 3 berlaku" in text
        assert "3 formulir" in text
        # newest first: #3, #2, #1; the answers in question order
        assert "#3 | 20 Nov 2026 | staf | - | 4 4 · Rp75.000 | berlaku" in text
        assert "#2 | 20 Nov 2026 | staf | - | 1 2 · - | berlaku" in text
        assert footer_keys(app)["v"] == ("Batalkan", True)

        await pilot.press("down")                    # form #2: the wrong one
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, VoidResponseDialog)
        assert "Batalkan formulir #2" in screen_text(app)
        assert app.focused.id == "reason"
        await pilot.press("enter")                   # no reason: refused, nothing asked
        await settle(pilot)
        assert isinstance(app.screen, VoidResponseDialog)
        assert "Alasan pembatalan wajib diisi." in screen_text(app)

        await type_into(pilot, "#reason", "salah ketik: responden menjawab 4 dan 5",
                        keys=True)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert "Batalkan formulir #2 tanggal 20 Nov 2026" in screen_text(app)
        await pilot.press("n")                       # not yet: back to the reason
        await settle(pilot)
        assert isinstance(app.screen, VoidResponseDialog)
        assert _rows("SELECT count(voided_on) FROM survey_response") == [(0,)]
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)

        assert isinstance(app.screen, ResponsesScreen)
        text = screen_text(app)
        assert "#2 | 20 Nov 2026 | staf | - | 1 2 · - | BATAL 23 Nov 2026" in text
        assert "(pengguna parkir, 2026) · 2 berlaku" in text
        # the void form is still under the cursor; it cannot be voided twice
        assert app.screen.highlighted.id == 2
        assert footer_keys(app)["v"][1] is False
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ResponsesScreen)

        await pilot.press("escape")                  # the list shows what is in force
        await settle(pilot)
        assert isinstance(app.screen, SurveysScreen)
        assert "2026 | pengguna parkir | dibuka | 3 | 2 | Kepuasan parkir 2026" in screen_text(app)

    rows = _rows("SELECT r.id, voided_on, void_reason, u.username FROM survey_response r"
                 " LEFT JOIN app_user u ON u.id = r.voided_by ORDER BY r.id")
    assert rows == [(1, None, None, None),
                    (2, "2026-11-23", "salah ketik: responden menjawab 4 dan 5", "staf"),
                    (3, None, None, None)]
    audit = _rows("SELECT username, after FROM audit_log WHERE action = 'surveys.response_void'")
    assert audit == [("staf", '{"reason":"salah ketik: responden menjawab 4 dan 5",'
                              '"voided_on":"2026-11-23"}')]
    after = indices.survey_index(sessions["pembaca"], survey.id)
    assert after.responses == 2 and [s.answers for s in after.statements] == [2, 2]
    # (5 × 4.5 + 3 × 4.5) / (5 × 8) × 100 = 90
    assert str(after.csi) == "90.0" and after.csi != before.csi


async def test_a_long_list_pages_and_a_reader_cannot_void(app_for, sessions):
    _survey(sessions, [(1 + n % 5, 1 + (n * 3) % 5, 10_000 * n) for n in range(PAGE_SIZE + 5)])
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "pembaca")
        await _open_forms(pilot)
        text = screen_text(app)
        assert f"{PAGE_SIZE} formulir ditampilkan; m memuat berikutnya" in text
        table = app.screen.query_one("#responses-table")
        assert table.row_count == PAGE_SIZE
        keys = footer_keys(app)
        assert "v" not in keys and keys["m"] == ("Muat lagi", True)   # a reader: no void key
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ResponsesScreen)   # no dialog for a reader
        await pilot.press("m")
        await settle(pilot)
        assert table.row_count == PAGE_SIZE + 5
        assert f"{PAGE_SIZE + 5} formulir" in screen_text(app)
        assert footer_keys(app)["m"][1] is False       # nothing more to load
        assert "#1 | 20 Nov 2026" in screen_text(app)
    assert _rows("SELECT count(voided_on) FROM survey_response") == [(0,)]
