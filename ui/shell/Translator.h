#pragma once

#include <QString>

namespace qadesk {

// Installs QA Desk's and Qt's own translations for `language` ("ko", "en" or "system" for the system locale),
// replacing the previous ones; English is the fallback. Widgets retranslate on QEvent::LanguageChange.
// Returns the language actually used ("ko" or "en").
QString installTranslations(const QString& language);

} // namespace qadesk
