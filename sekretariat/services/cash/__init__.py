"""The cash area: the cash book (1-100 Kas, 1-110 Bank), direct cash vouchers
(other income, expenses, transfers, the remittance to the asset owner) and the
treasurer's end-of-day close with its report, witness and backup."""
