#include "ScorecardJson.h"

#include "autoqa/AutoQaEngine.h"
#include "io/InputFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace qadesk {
namespace {

const QLatin1String s_format("qadesk-scorecard");
constexpr int s_formatVersion = 2; // written; version 1 (before auto-QA rules) still reads
constexpr int s_oldestFormatVersion = 1;
const QLatin1String s_autoRuleField("auto_rule");

// The line of each "auto_rule" key in the file, in document order, so a rule's problems can name the line that
// editors show (QJsonDocument keeps no positions). A key inside a string is escaped (\"), so it is not counted.
QList<int> autoRuleLines(const QByteArray& json)
{
    QList<int> lines;
    const QByteArray key = '"' + QByteArray(s_autoRuleField.data()) + '"';
    for (qsizetype at = json.indexOf(key); at >= 0; at = json.indexOf(key, at + key.size())) {
        qsizetype next = at + key.size();
        while (next < json.size() && QChar::isSpace(uchar(json.at(next))))
            ++next;
        if ((at == 0 || json.at(at - 1) != '\\') && next < json.size() && json.at(next) == ':')
            lines << int(json.left(at).count('\n')) + 1;
    }
    return lines;
}

// Reads typed fields of one JSON object, recording "path.field: problem" for each mistake.
class Reader final {
public:
    Reader(const QJsonObject& object, QString path, QStringList* errors)
        : m_object(object)
        , m_path(std::move(path))
        , m_errors(errors)
    {
    }

    QString at(const QString& field) const { return m_path.isEmpty() ? field : m_path + QLatin1Char('.') + field; }
    void fail(const QString& field, const QString& problem) const { *m_errors << at(field) + QStringLiteral(": ") + problem; }
    bool has(const QString& field) const { return m_object.contains(field) && !m_object.value(field).isNull(); }
    QJsonValue value(const QString& field) const { return m_object.value(field); }

    QString text(const QString& field, bool required) const
    {
        const QJsonValue value = m_object.value(field);
        if (!has(field)) {
            if (required)
                fail(field, ScorecardJson::tr("is required"));
            return {};
        }
        if (!value.isString()) {
            fail(field, ScorecardJson::tr("must be text"));
            return {};
        }
        if (required && value.toString().trimmed().isEmpty())
            fail(field, ScorecardJson::tr("must not be empty"));
        return value.toString();
    }

    std::optional<double> number(const QString& field, bool required) const
    {
        if (!has(field)) {
            if (required)
                fail(field, ScorecardJson::tr("is required"));
            return std::nullopt;
        }
        const QJsonValue value = m_object.value(field);
        if (!value.isDouble() || !std::isfinite(value.toDouble())) {
            fail(field, ScorecardJson::tr("must be a number"));
            return std::nullopt;
        }
        return value.toDouble();
    }

    bool flag(const QString& field, bool fallback) const
    {
        if (!has(field))
            return fallback;
        if (!m_object.value(field).isBool()) {
            fail(field, ScorecardJson::tr("must be true or false"));
            return fallback;
        }
        return m_object.value(field).toBool();
    }

    template <typename Enum> Enum code(const QString& field, Enum fallback, const QString& allowed) const
    {
        if (!has(field))
            return fallback;
        const auto parsed = fromCode<Enum>(m_object.value(field).toString());
        if (!m_object.value(field).isString() || !parsed) {
            fail(field, ScorecardJson::tr("must be one of %1").arg(allowed));
            return fallback;
        }
        return *parsed;
    }

    QJsonArray array(const QString& field, bool required) const
    {
        if (!has(field)) {
            if (required)
                fail(field, ScorecardJson::tr("is required"));
            return {};
        }
        if (!m_object.value(field).isArray()) {
            fail(field, ScorecardJson::tr("must be a list"));
            return {};
        }
        return m_object.value(field).toArray();
    }

private:
    const QJsonObject m_object;
    const QString m_path;
    QStringList* m_errors;
};

// Reads an item's auto-QA rule and checks that its answers are options of the item.
void readAutoRule(const Reader& r, ScorecardItem* item, int line, QStringList* errors)
{
    const QString prefix
        = (line > 0 ? ScorecardJson::tr("line %1: ").arg(line) : QString()) + r.at(s_autoRuleField) + QLatin1Char('.');
    const QJsonValue value = r.value(s_autoRuleField);
    if (!value.isObject()) {
        *errors << prefix.chopped(1) + QStringLiteral(": ") + ScorecardJson::tr("must be an object");
        return;
    }
    QStringList problems;
    auto rule = AutoQaRule::fromJson(value.toObject(), &problems);
    if (rule) {
        for (const bool passed : { true, false }) {
            const QString& label = passed ? rule->passOption : rule->failOption;
            const QString field = passed ? QStringLiteral("pass") : QStringLiteral("fail");
            if (AutoQaEngine::optionFor(*item, *rule, passed))
                continue;
            QStringList labels;
            for (const auto& option : item->options)
                labels << option.label;
            problems << field + QStringLiteral(": ")
                    + (label.isEmpty() ? ScorecardJson::tr("the item has no failing option, so name the answer")
                                       : ScorecardJson::tr("\"%1\" is not an answer of the item (its answers: %2)")
                                             .arg(label, labels.join(QStringLiteral(", "))));
        }
    }
    for (const QString& problem : problems)
        *errors << prefix + problem;
    if (problems.isEmpty())
        item->autoRule = rule;
}

std::optional<ScorecardItem> readItem(const QJsonValue& value, const QString& path, int formatVersion,
                                      const QList<int>& ruleLines, int* ruleIndex, QStringList* errors)
{
    if (!value.isObject()) {
        *errors << path + QStringLiteral(": ") + ScorecardJson::tr("must be an object");
        return std::nullopt;
    }
    const Reader r(value.toObject(), path, errors);
    ScorecardItem item;
    item.key = r.text(QStringLiteral("key"), true);
    item.question = r.text(QStringLiteral("question"), true);
    item.guidance = r.text(QStringLiteral("guidance"), false);
    item.kind = r.code(QStringLiteral("kind"), ItemKind::YesNo, QStringLiteral("yes_no, scale, options"));
    item.maxPoints = r.number(QStringLiteral("max_points"), true).value_or(0);
    if (r.has(QStringLiteral("max_points")) && item.maxPoints <= 0)
        r.fail(QStringLiteral("max_points"), ScorecardJson::tr("must be > 0"));
    item.naAllowed = r.flag(QStringLiteral("na_allowed"), false);
    item.commentRequiredOnFail = r.flag(QStringLiteral("comment_required_on_fail"), false);
    item.critical = r.code(QStringLiteral("critical"), CriticalScope::None, QStringLiteral("none, section, evaluation"));

    const QJsonArray options = r.array(QStringLiteral("options"), item.kind != ItemKind::YesNo);
    if (item.kind == ItemKind::YesNo) {
        if (!options.isEmpty())
            r.fail(QStringLiteral("options"), ScorecardJson::tr("yes_no items have no options (yes earns max_points, no earns 0)"));
        item.options = yesNoOptions(item.maxPoints);
    } else {
        if (r.has(QStringLiteral("options")) && options.size() < 2)
            r.fail(QStringLiteral("options"), ScorecardJson::tr("needs at least two options"));
        for (int o = 0; o < options.size(); ++o) {
            const QString optionPath = r.at(QStringLiteral("options[%1]").arg(o));
            if (!options.at(o).isObject()) {
                *errors << optionPath + QStringLiteral(": ") + ScorecardJson::tr("must be an object");
                continue;
            }
            const Reader option(options.at(o).toObject(), optionPath, errors);
            ScorecardOption parsed;
            parsed.label = option.text(QStringLiteral("label"), true);
            parsed.points = option.number(QStringLiteral("points"), true).value_or(0);
            // An option earning nothing fails the item unless the file says otherwise.
            parsed.fails = option.flag(QStringLiteral("fails"), parsed.points == 0);
            item.options << parsed;
        }
    }
    if (r.has(s_autoRuleField)) {
        const int line = *ruleIndex < ruleLines.size() ? ruleLines.at(*ruleIndex) : 0;
        ++*ruleIndex;
        if (formatVersion < 2)
            r.fail(s_autoRuleField, ScorecardJson::tr("auto-QA rules need format_version 2"));
        else
            readAutoRule(r, &item, line, errors);
    }
    return item;
}

} // namespace

std::optional<ScorecardDocument> ScorecardJson::read(const QByteArray& json, QStringList* errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report the line and column, which editors show, rather than a byte offset.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - before.lastIndexOf('\n'));
        *errors << tr("line %1, column %2: %3").arg(line).arg(column).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *errors << tr("(document): must be a JSON object");
        return std::nullopt;
    }
    const int before = int(errors->size());
    const Reader root(document.object(), QString(), errors);
    if (root.text(QStringLiteral("format"), true) != s_format && root.has(QStringLiteral("format")))
        root.fail(QStringLiteral("format"), tr("must be \"%1\"").arg(s_format));
    const auto version = root.number(QStringLiteral("format_version"), true);
    if (version && (*version < s_oldestFormatVersion || *version > s_formatVersion || *version != std::floor(*version)))
        root.fail(QStringLiteral("format_version"),
                  tr("this QA Desk reads versions %1 to %2 (the file is version %3)")
                      .arg(s_oldestFormatVersion)
                      .arg(s_formatVersion)
                      .arg(*version));
    const int formatVersion = int(version.value_or(s_formatVersion));
    const QList<int> ruleLines = autoRuleLines(json);
    int ruleIndex = 0;

    ScorecardDocument result;
    result.scorecard.name = root.text(QStringLiteral("name"), true);
    result.scorecard.description = root.text(QStringLiteral("description"), false);
    if (root.has(QStringLiteral("channel")))
        result.scorecard.channel = root.code(QStringLiteral("channel"), Channel::Call, QStringLiteral("call, chat, email, null"));
    result.version.changeNote = root.text(QStringLiteral("change_note"), false);

    const QJsonArray sections = root.array(QStringLiteral("sections"), true);
    for (int s = 0; s < sections.size(); ++s) {
        const QString sectionPath = QStringLiteral("sections[%1]").arg(s);
        if (!sections.at(s).isObject()) {
            *errors << sectionPath + QStringLiteral(": ") + tr("must be an object");
            continue;
        }
        const Reader section(sections.at(s).toObject(), sectionPath, errors);
        ScorecardSection parsed;
        parsed.title = section.text(QStringLiteral("title"), true);
        parsed.weight = section.number(QStringLiteral("weight"), false);
        const QJsonArray items = section.array(QStringLiteral("items"), true);
        for (int i = 0; i < items.size(); ++i) {
            if (auto item = readItem(items.at(i), section.at(QStringLiteral("items[%1]").arg(i)), formatVersion,
                                     ruleLines, &ruleIndex, errors))
                parsed.items << *item;
        }
        result.version.sections << parsed;
    }
    if (errors->size() > before)
        return std::nullopt;
    return result;
}

std::optional<ScorecardDocument> ScorecardJson::readFile(const QString& path, QStringList* errors)
{
    const bool shipped = path.startsWith(QLatin1Char(':')); // compiled into QA Desk, so never a pipe or a device
    const QString shown = shipped ? path : QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    std::optional<QByteArray> bytes;
    if (shipped) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
        else
            *errors << tr("%1: cannot be read (%2)").arg(shown, file.errorString());
    } else {
        QString error;
        bytes = InputFile::read(path, &error);
        if (!bytes)
            *errors << error;
    }
    if (!bytes)
        return std::nullopt;
    QStringList problems;
    auto document = read(*bytes, &problems);
    for (const QString& problem : problems)
        *errors << shown + QStringLiteral(": ") + problem;
    return document;
}

QByteArray ScorecardJson::write(const Scorecard& scorecard, const ScorecardVersion& version)
{
    QJsonArray sections;
    for (const auto& section : version.sections) {
        QJsonArray items;
        for (const auto& item : section.items) {
            QJsonObject object { { QStringLiteral("key"), item.key },
                                 { QStringLiteral("question"), item.question },
                                 { QStringLiteral("guidance"), item.guidance },
                                 { QStringLiteral("kind"), toCode(item.kind) },
                                 { QStringLiteral("max_points"), item.maxPoints },
                                 { QStringLiteral("na_allowed"), item.naAllowed },
                                 { QStringLiteral("comment_required_on_fail"), item.commentRequiredOnFail },
                                 { QStringLiteral("critical"), toCode(item.critical) } };
            if (item.kind != ItemKind::YesNo) {
                QJsonArray options;
                for (const auto& option : item.options)
                    options << QJsonObject { { QStringLiteral("label"), option.label },
                                             { QStringLiteral("points"), option.points },
                                             { QStringLiteral("fails"), option.fails } };
                object.insert(QStringLiteral("options"), options);
            }
            if (item.autoRule)
                object.insert(s_autoRuleField, item.autoRule->toJson());
            items << object;
        }
        sections << QJsonObject { { QStringLiteral("title"), section.title },
                                  { QStringLiteral("weight"), section.weight ? QJsonValue(*section.weight) : QJsonValue() },
                                  { QStringLiteral("items"), items } };
    }
    QJsonObject root { { QStringLiteral("format"), s_format },
                       { QStringLiteral("format_version"), s_formatVersion },
                       { QStringLiteral("name"), scorecard.name },
                       { QStringLiteral("description"), scorecard.description },
                       { QStringLiteral("channel"), scorecard.channel ? QJsonValue(toCode(*scorecard.channel)) : QJsonValue() },
                       { QStringLiteral("sections"), sections } };
    if (!version.changeNote.isEmpty())
        root.insert(QStringLiteral("change_note"), version.changeNote);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList ScorecardJson::shippedForms()
{
    QStringList forms;
    for (const QString& name : QDir(QStringLiteral(":/qadesk/scorecards")).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        forms << QStringLiteral(":/qadesk/scorecards/") + name;
    return forms;
}

} // namespace qadesk
