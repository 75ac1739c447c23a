#pragma once

#include <QString>

namespace qadesk {

// Masks personal data in transcript text before it is shown or exported (a permission can show it unmasked):
// payment card numbers (13–19 digits, spaces or dashes allowed, only when the Luhn check passes), Korean resident
// registration numbers (YYMMDD-NNNNNNN with a real date and a valid gender digit), Korean phone numbers, and e-mail
// addresses. The shape stays readable: 010-****-5678, 900101-1******, **** **** **** 1234, k***@example.com.
class PersonalDataMasker final {
public:
    static QString mask(const QString& text);
    static bool luhnValid(const QString& digits);
};

} // namespace qadesk
