"""The complainant's receipt (Tanda Terima Pengaduan). Like the other
documents (services/core/paper.py): the permission is checked, the facts
come from complaints_read, reports/complaints/receipt.py draws them, the
PDF's path comes back. The first print is ``ADU-2026-00001.pdf`` in
``exports/``; a print again is a new ``…-salinan-N.pdf`` that says SALINAN
(and the complaint's status that day) and never overwrites the original.
Reading only: nothing is written to the database."""

from __future__ import annotations

from pathlib import Path

from sekretariat.i18n import t_in
from sekretariat.services.complaints.complaints_read import complaint_info
from sekretariat.services.core import paper
from sekretariat.services.core.permissions import require
from sekretariat.services.core.session import Session


def complaint_receipt_pdf(session: Session, ref: int | str, *,
                          to_dir: str | Path | None = None) -> Path:
    from sekretariat.reports.complaints.receipt import (
        ComplaintPaper,
        build_complaint_receipt,
    )
    from sekretariat.services.complaints.complaints_read import place_label

    require(session, "complaints.view")
    info = complaint_info(ref, with_steps=False)
    profile = paper.profile()
    path, head = paper.target(to_dir, paper.file_name(info.number),
                              paper.letterhead(profile, session))
    place = place_label(info.place_kind, info.place_code, info.place_name, "id")
    data = ComplaintPaper(
        number=info.number, received_on=info.received_on,
        received_time=info.received_at[11:16], channel=t_in("id", f"complaints.channel."
                                                             f"{info.channel}"),
        complainant=info.complainant_name, complainant_phone=info.complainant_phone,
        category=t_in("id", f"complaints.category.{info.category}"), place=place,
        description=info.description, ack_due_on=info.ack_due_on,
        resolve_due_on=info.resolve_due_on, area=t_in("id", f"complaints.area.{info.area}"),
        status=t_in("id", f"complaints.status.{info.status}"), receiver=info.received_by,
        city=profile.city, reprint=bool(head.copy_label))
    return build_complaint_receipt(path, data, head)
