"""Complaints and facilities (migrations/0015_complaints.sql): the market's
facilities, their condition history and inspection rounds, complaints
(pengaduan) and each complaint's steps. Tables only: the rules live in
services/complaints/ and in the migration's CHECKs and triggers."""

import peewee as pw

from sekretariat.models.base import BaseModel
from sekretariat.models.core import User
from sekretariat.models.leasing import Block, Stall, Trader
from sekretariat.models.parking import Attendant, ParkingZone


class Facility(BaseModel):
    code = pw.TextField(unique=True)
    kind = pw.TextField()
    name = pw.TextField()
    block = pw.ForeignKeyField(Block, null=True, column_name="block_id", lazy_load=False,
                               backref="+")
    zone = pw.ForeignKeyField(ParkingZone, null=True, column_name="zone_id", lazy_load=False,
                              backref="+")
    location = pw.TextField(default="")
    quantity = pw.IntegerField(default=1)
    active = pw.BooleanField(default=True)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()

    class Meta:
        table_name = "facility"


class Inspection(BaseModel):
    number = pw.TextField(unique=True)
    inspected_on = pw.DateField()
    note = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()

    class Meta:
        table_name = "inspection"


class Complaint(BaseModel):
    number = pw.TextField(unique=True)
    received_on = pw.DateField()
    received_at = pw.TextField()
    channel = pw.TextField()                 # kantor | telepon | pesan
    complainant_kind = pw.TextField()        # pedagang | pengunjung | juru_parkir | lainnya
    complainant_name = pw.TextField(default="")
    complainant_phone = pw.TextField(default="")
    trader = pw.ForeignKeyField(Trader, null=True, column_name="trader_id", lazy_load=False,
                                backref="+")
    attendant = pw.ForeignKeyField(Attendant, null=True, column_name="attendant_id",
                                   lazy_load=False, backref="+")
    category = pw.TextField()
    place_kind = pw.TextField()              # stall | block | zone | facility | market
    stall = pw.ForeignKeyField(Stall, null=True, column_name="stall_id", lazy_load=False,
                               backref="+")
    block = pw.ForeignKeyField(Block, null=True, column_name="block_id", lazy_load=False,
                               backref="+")
    zone = pw.ForeignKeyField(ParkingZone, null=True, column_name="zone_id", lazy_load=False,
                              backref="+")
    facility = pw.ForeignKeyField(Facility, null=True, column_name="facility_id",
                                  lazy_load=False, backref="+")
    description = pw.TextField()
    area = pw.TextField()                    # leasing | parking | warehouse | facilities | general
    ack_due_on = pw.DateField()
    resolve_due_on = pw.DateField()
    status = pw.TextField(default="received")
    acknowledged_on = pw.DateField(null=True)
    closed_on = pw.DateField(null=True)
    resolution = pw.TextField(null=True)
    reject_reason = pw.TextField(null=True)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()

    class Meta:
        table_name = "complaint"


class ComplaintStep(BaseModel):
    complaint = pw.ForeignKeyField(Complaint, column_name="complaint_id", lazy_load=False,
                                   backref="+")
    step_on = pw.DateField()
    at = pw.TextField()
    action = pw.TextField()
    from_status = pw.TextField(null=True)
    to_status = pw.TextField()
    area = pw.TextField(null=True)
    note = pw.TextField(default="")
    user = pw.ForeignKeyField(User, column_name="user_id", lazy_load=False, backref="+")

    class Meta:
        table_name = "complaint_step"


class FacilityCondition(BaseModel):
    facility = pw.ForeignKeyField(Facility, column_name="facility_id", lazy_load=False,
                                  backref="+")
    observed_on = pw.DateField()
    condition = pw.TextField()               # baik | rusak_ringan | rusak_berat
    source = pw.TextField()                  # register | inspection | complaint | repair
    inspection = pw.ForeignKeyField(Inspection, null=True, column_name="inspection_id",
                                    lazy_load=False, backref="+")
    complaint = pw.ForeignKeyField(Complaint, null=True, column_name="complaint_id",
                                   lazy_load=False, backref="+")
    note = pw.TextField(default="")
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False,
                                    backref="+")
    created_at = pw.TextField()

    class Meta:
        table_name = "facility_condition"


COMPLAINT_MODELS = [Facility, Inspection, Complaint, ComplaintStep, FacilityCondition]
