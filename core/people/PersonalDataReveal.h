#pragma once

#include "Actor.h"
#include "storage/Database.h"

namespace qadesk {

// Unmasking card numbers, resident registration numbers, phones and e-mail of one contact: allowed to managers and
// admins only, and always audited with who, when and which contact.
class PersonalDataReveal final {
public:
    // Throws AccessDenied (nothing is written) when the actor may not reveal, StorageError when the audit entry
    // cannot be written; the caller shows the data only after this returns.
    static void reveal(const Database& database, const Actor& actor, qint64 contactId);
};

} // namespace qadesk
