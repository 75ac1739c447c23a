#pragma once

#include <QString>

namespace qadesk {

// Installs QA Desk's and Qt's own translations for `language` ("ko", "en" or "system" for the system locale),
// replacing the previous ones; English is the fallback. The default QLocale follows, so dates, numbers and the
// calendar of date edits read in the same language, also in widgets already built. Widgets retranslate on
// QEvent::LanguageChange. The GUI and `qadesk-cli report` both call this. Returns the language actually used
// ("ko" or "en").
QString installTranslations(const QString& language);

} // namespace qadesk
