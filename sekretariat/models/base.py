"""The database proxy every table binds to; ``db.open_database`` fills it."""

import peewee

database_proxy = peewee.DatabaseProxy()


class BaseModel(peewee.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False
