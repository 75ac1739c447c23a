#pragma once

#include <QString>

namespace qadesk {

// Masks personal data in free text (transcripts, comments, dispute reasons, annotations) before it is shown or
// exported (a permission can show it unmasked): payment card numbers (13–19 digits, only when the Luhn check passes),
// Korean resident registration numbers (YYMMDD-NNNNNNN with a real date and a valid gender digit), Korean phone
// numbers (also +82 and with the area code in brackets) and e-mail addresses. Digit groups may be joined by "-", "."
// or spaces, as people type them. The shape stays readable: 010-****-5678, 900101-1******, **** **** **** 1234,
// k***@example.com; a one-letter e-mail name is masked whole (*@example.com).
class PersonalDataMasker final {
public:
    static QString mask(const QString& text);
    // `text` as a user sees it: whole when their role may reveal personal data (AccessRules, Action::RevealPersonalData),
    // else masked.
    static QString maskUnless(bool mayReveal, const QString& text) { return mayReveal ? text : mask(text); }
    static bool luhnValid(const QString& digits);
};

} // namespace qadesk
