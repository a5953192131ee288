"""Parking zones, vehicle types, tariffs, shifts, attendants and the roster
(schema: migrations/0007_parking.sql)."""

import peewee as pw

from sekretariat.models.base import BaseModel
from sekretariat.models.core import User


class ParkingZone(BaseModel):
    code = pw.TextField(unique=True)
    name = pw.TextField()
    capacity = pw.IntegerField()
    active = pw.BooleanField(default=True)
    created_at = pw.TextField()

    class Meta:
        table_name = "parking_zone"


class VehicleType(BaseModel):
    code = pw.TextField(unique=True)
    name = pw.TextField()
    active = pw.BooleanField(default=True)
    created_at = pw.TextField()

    class Meta:
        table_name = "vehicle_type"


class ParkingTariff(BaseModel):
    vehicle_type = pw.ForeignKeyField(VehicleType, column_name="vehicle_type_id",
                                      lazy_load=False)
    amount = pw.IntegerField()
    effective_from = pw.DateField()
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()

    class Meta:
        table_name = "parking_tariff"


class ParkingShift(BaseModel):
    code = pw.TextField(unique=True)
    name = pw.TextField()
    start_time = pw.TextField()
    end_time = pw.TextField()
    active = pw.BooleanField(default=True)
    created_at = pw.TextField()

    class Meta:
        table_name = "parking_shift"


class Attendant(BaseModel):
    name = pw.TextField()
    phone = pw.TextField(default="")
    nik = pw.TextField(default="")
    status = pw.TextField(default="aktif")
    start_date = pw.DateField()
    end_date = pw.DateField(null=True)
    created_at = pw.TextField()

    class Meta:
        table_name = "attendant"


class Roster(BaseModel):
    roster_date = pw.DateField()
    zone = pw.ForeignKeyField(ParkingZone, column_name="zone_id", lazy_load=False)
    shift = pw.ForeignKeyField(ParkingShift, column_name="shift_id", lazy_load=False)
    attendant = pw.ForeignKeyField(Attendant, column_name="attendant_id", lazy_load=False)
    created_by = pw.ForeignKeyField(User, column_name="created_by", lazy_load=False)
    created_at = pw.TextField()

    class Meta:
        table_name = "roster"


PARKING_MODELS = [ParkingZone, VehicleType, ParkingTariff, ParkingShift, Attendant, Roster]
