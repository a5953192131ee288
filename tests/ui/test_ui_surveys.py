"""Surveys from the keyboard (issue 10, points 8-9): home keys 1 2, a new
survey written in the dialog and opened, two paper forms typed in (one
refusal shown next to its row, nothing lost), and the index on the results
screen, checked against the screen and the database."""

from __future__ import annotations

from textual.widgets import TextArea
from uihelp import SIZE, footer_keys, login, screen_text, settle, type_into

from sekretariat import db
from sekretariat.services.surveys import questionnaires
from sekretariat.services.surveys.questionnaires import QuestionInput
from sekretariat.views.surveys.create import CreateSurveyDialog
from sekretariat.views.surveys.entry import EntryScreen
from sekretariat.views.surveys.results import ResultsScreen
from sekretariat.views.surveys.surveys import SurveysScreen

QUESTIONS = "L 5 Keamanan kendaraan\nL 3 Keramahan juru parkir\nN Rp Omzet sebulan\n"


def _rows(sql: str, *params):
    return db.current_database().execute_sql(sql, params).fetchall()


async def _open_surveys(pilot) -> None:
    await pilot.press("1", "2")
    await settle(pilot)
    assert isinstance(pilot.app.screen, SurveysScreen)


async def test_create_open_enter_two_forms_and_see_the_index(app_for, chair):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "ketua")
        await _open_surveys(pilot)
        assert "Belum ada survei" in screen_text(app)
        assert footer_keys(app)["n"] == ("Survei baru", True)

        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, CreateSurveyDialog)
        await type_into(pilot, "#year", "2026")
        await type_into(pilot, "#title", "Kepuasan parkir 2026")
        app.screen.query_one("#questions", TextArea).load_text("L 9 Salah bobot\n")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, CreateSurveyDialog)    # refused, kept
        assert "Baris 1: bobot harus 1 sampai 5" in screen_text(app)
        assert _rows("SELECT count(*) FROM survey") == [(0,)]
        app.screen.query_one("#questions", TextArea).load_text(QUESTIONS)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, SurveysScreen)
        text = screen_text(app)
        assert "Kepuasan parkir 2026" in text and "konsep" in text

        await pilot.press("o")                                 # open it
        await settle(pilot)
        assert "dibuka" in screen_text(app)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, EntryScreen)
        assert app.focused.id == "q1"

        # form 1: a wrong digit first, refused next to its row
        await pilot.press("7", "enter", "5", "enter", *"5.000.000")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Jawaban harus satu angka 1 sampai 5" in screen_text(app)
        assert _rows("SELECT count(*) FROM survey_response") == [(0,)]
        assert app.focused.id == "q1"
        await pilot.press("backspace", "4", "ctrl+s")
        await settle(pilot)
        assert "Formulir tersimpan sesi ini: 1" in screen_text(app)
        assert app.focused.id == "q1" and app.focused.value == ""
        # form 2: the second statement skipped
        await pilot.press("2", "enter", "enter", *"3000000", "ctrl+s")
        await settle(pilot)
        assert "Formulir tersimpan sesi ini: 2" in screen_text(app)

        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, SurveysScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ResultsScreen)
        text = screen_text(app)
        # (5 × 3 + 3 × 5) / (5 × 8) × 100 = 75
        assert "Indeks Kepuasan (IKP): 75,0 %  ·  2 formulir" in text
        assert "60,0 %" in text and "100,0 %" in text
        assert "Rp4.000.000" in text

    survey = _rows("SELECT id, year, audience, title, status FROM survey")
    assert survey == [(1, 2026, "parkir", "Kepuasan parkir 2026", "open")]
    answers = _rows("SELECT r.response_date, q.position, a.value FROM survey_answer a"
                    " JOIN survey_response r ON r.id = a.response_id"
                    " JOIN survey_question q ON q.id = a.question_id ORDER BY r.id, q.position")
    assert answers == [("2026-11-23", 1, 4), ("2026-11-23", 2, 5), ("2026-11-23", 3, 5_000_000),
                       ("2026-11-23", 1, 2), ("2026-11-23", 2, None),
                       ("2026-11-23", 3, 3_000_000)]


async def test_copy_to_next_year_and_a_small_screen(app_for, chair):
    last = questionnaires.create_survey(
        chair, 2025, "pedagang", "Survei pedagang 2025",
        [QuestionInput("likert", "Kebersihan pasar", 4, code="bersih"),
         QuestionInput("number", "Perkiraan omzet sebulan", unit="Rp", code="omzet")])
    app = app_for()
    async with app.run_test(size=(80, 24)) as pilot:
        await login(pilot, "ketua")
        await _open_surveys(pilot)
        await pilot.press("c")
        await settle(pilot)
        text = screen_text(app)
        assert "Survei pedagang 2026" in text
        keys = footer_keys(app)
        assert keys["e"][1] is False            # a draft takes no forms
        await pilot.press("c")                  # the new one is under the cursor: 2027
        await settle(pilot)
        assert "Survei pedagang 2027" in screen_text(app)
        await pilot.press("c")                  # 2028 is too far ahead: refused
        await settle(pilot)
        assert isinstance(app.screen, SurveysScreen)
    rows = _rows("SELECT year, copy_of, status FROM survey ORDER BY year")
    assert rows == [(2025, None, "draft"), (2026, last.id, "draft"), (2027, 2, "draft")]
    codes = _rows("SELECT code, weight FROM survey_question WHERE survey_id = 2 ORDER BY position")
    assert codes == [("bersih", 4), ("omzet", None)]


async def test_a_reader_sees_results_but_cannot_write(app_for, sessions):
    app = app_for()
    async with app.run_test(size=SIZE) as pilot:
        await login(pilot, "pembaca")
        await _open_surveys(pilot)
        keys = footer_keys(app)
        assert "n" not in keys or keys["n"][1] is False
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, SurveysScreen)
