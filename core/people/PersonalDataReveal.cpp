#include "PersonalDataReveal.h"

#include "AccessRules.h"
#include "storage/AuditLog.h"

#include <QJsonObject>

namespace qadesk {

void PersonalDataReveal::reveal(const Database& database, const Actor& actor, qint64 contactId)
{
    AccessRules::require(actor, Action::RevealPersonalData);
    AuditLog(database).record(actor.login, QStringLiteral("contact"), contactId, QStringLiteral("reveal"), {},
                              QJsonObject { { QStringLiteral("personal_data"), QStringLiteral("shown") } });
}

} // namespace qadesk
