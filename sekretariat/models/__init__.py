"""Peewee tables only: no business rules, no UI. Schema lives in migrations/."""

from sekretariat.models.base import BaseModel, database_proxy
from sekretariat.models.cash import CASH_MODELS, CashClose, CashCloseCount, CashVoucher
from sekretariat.models.complaints import (
    COMPLAINT_MODELS,
    Complaint,
    ComplaintStep,
    Facility,
    FacilityCondition,
    Inspection,
)
from sekretariat.models.core import (
    Account,
    AuditLog,
    ClosedDay,
    JournalEntry,
    JournalLine,
    MarketProfile,
    Sequence,
    Setting,
    User,
)
from sekretariat.models.leasing import (
    LEASE_MODELS,
    Block,
    CreditNote,
    CreditOpen,
    DepositMovement,
    FeeCollection,
    FeeCollectionLine,
    FeeCollector,
    FeeType,
    Invoice,
    InvoiceAllocation,
    InvoiceOpen,
    Lease,
    Payment,
    Stall,
    StallRate,
    Tariff,
    Trader,
)
from sekretariat.models.parking import (
    PARKING_MODELS,
    Attendant,
    ParkingShift,
    ParkingTariff,
    ParkingZone,
    Roster,
    VehicleType,
)
from sekretariat.models.surveys import (
    SURVEY_MODELS,
    Survey,
    SurveyAnswer,
    SurveyQuestion,
    SurveyResponse,
)
from sekretariat.models.warehouse import (
    WAREHOUSE_MODELS,
    Item,
    ItemUnit,
    PurchaseRound,
    RetailPrice,
    RoundAllocation,
    RoundCost,
    RoundItem,
    RoundRequest,
    StockCount,
    StockCountLine,
    StockCountVariance,
    StockMovement,
    Supplier,
    SupplierPayment,
)

ALL_MODELS = [MarketProfile, Setting, User, AuditLog, Account, ClosedDay, Sequence,
              JournalEntry, JournalLine, *LEASE_MODELS, *CASH_MODELS,
              *PARKING_MODELS, *SURVEY_MODELS, *WAREHOUSE_MODELS, *COMPLAINT_MODELS]

__all__ = ["ALL_MODELS", "BaseModel", "database_proxy", *[m.__name__ for m in ALL_MODELS]]
