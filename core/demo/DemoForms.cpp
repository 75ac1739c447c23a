#include "DemoForms.h"

#include "scoring/ScorecardJson.h"

namespace qadesk::demo {

bool loadShippedForm(Channel channel, Scorecard* scorecard, ScorecardVersion* version, QString* error)
{
    QStringList problems;
    for (const QString& path : ScorecardJson::shippedForms()) {
        const auto document = ScorecardJson::readFile(path, &problems);
        if (document && document->scorecard.channel == channel) {
            *scorecard = document->scorecard;
            *version = document->version;
            return true;
        }
    }
    *error = problems.isEmpty() ? QStringLiteral("No shipped scorecard for %1 contacts.").arg(toCode(channel))
                                : problems.join(QLatin1Char('\n'));
    return false;
}

} // namespace qadesk::demo
