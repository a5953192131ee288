"""The Textual face of Sekretariat: screens, dialogs and widgets.

Views talk to ``sekretariat.services`` only (never to peewee or the models);
anything that may take more than a few milliseconds runs in a worker thread.
"""
