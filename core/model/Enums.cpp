#include "Enums.h"

#include <QCoreApplication>

#include <array>

namespace qadesk {
namespace {

// One value: its code (files, database, CLI) and its English display name, which lupdate collects in the table's
// context (QT_TRANSLATE_NOOP) and displayName() translates.
template <typename Enum> struct Entry {
    Enum value;
    const char* code;
    const char* name;
};

template <typename Enum, std::size_t N> struct Table {
    const char* context;
    std::array<Entry<Enum>, N> entries;
};

constexpr Table<Channel, 3> s_channels {
    "qadesk::Channel",
    { { { Channel::Call, "call", QT_TRANSLATE_NOOP("qadesk::Channel", "Call") },
        { Channel::Chat, "chat", QT_TRANSLATE_NOOP("qadesk::Channel", "Chat") },
        { Channel::Email, "email", QT_TRANSLATE_NOOP("qadesk::Channel", "E-mail") } } }
};
constexpr Table<Direction, 2> s_directions {
    "qadesk::Direction",
    { { { Direction::Inbound, "inbound", QT_TRANSLATE_NOOP("qadesk::Direction", "Inbound") },
        { Direction::Outbound, "outbound", QT_TRANSLATE_NOOP("qadesk::Direction", "Outbound") } } }
};
constexpr Table<Role, 5> s_roles { "qadesk::Role",
                                   { { { Role::Admin, "admin", QT_TRANSLATE_NOOP("qadesk::Role", "Admin") },
                                       { Role::Manager, "manager", QT_TRANSLATE_NOOP("qadesk::Role", "Manager") },
                                       { Role::TeamLead, "team_lead", QT_TRANSLATE_NOOP("qadesk::Role", "Team lead") },
                                       { Role::Evaluator, "evaluator", QT_TRANSLATE_NOOP("qadesk::Role", "Evaluator") },
                                       { Role::Agent, "agent", QT_TRANSLATE_NOOP("qadesk::Role", "Agent") } } } };
constexpr Table<MessageSender, 4> s_senders {
    "qadesk::MessageSender",
    { { { MessageSender::Agent, "agent", QT_TRANSLATE_NOOP("qadesk::MessageSender", "Agent") },
        { MessageSender::Customer, "customer", QT_TRANSLATE_NOOP("qadesk::MessageSender", "Customer") },
        { MessageSender::Bot, "bot", QT_TRANSLATE_NOOP("qadesk::MessageSender", "Bot") },
        { MessageSender::System, "system", QT_TRANSLATE_NOOP("qadesk::MessageSender", "System") } } }
};
constexpr Table<ItemKind, 3> s_itemKinds {
    "qadesk::ItemKind",
    { { { ItemKind::YesNo, "yes_no", QT_TRANSLATE_NOOP("qadesk::ItemKind", "Yes / No") },
        { ItemKind::Scale, "scale", QT_TRANSLATE_NOOP("qadesk::ItemKind", "Scale") },
        { ItemKind::Options, "options", QT_TRANSLATE_NOOP("qadesk::ItemKind", "Options with points") } } }
};
constexpr Table<CriticalScope, 3> s_criticalScopes {
    "qadesk::CriticalScope",
    { { { CriticalScope::None, "none", QT_TRANSLATE_NOOP("qadesk::CriticalScope", "Not critical") },
        { CriticalScope::Section, "section", QT_TRANSLATE_NOOP("qadesk::CriticalScope", "Failing zeroes the section") },
        { CriticalScope::Evaluation, "evaluation",
          QT_TRANSLATE_NOOP("qadesk::CriticalScope", "Failing zeroes the evaluation") } } }
};
constexpr Table<VersionStatus, 2> s_versionStatuses {
    "qadesk::VersionStatus",
    { { { VersionStatus::Draft, "draft", QT_TRANSLATE_NOOP("qadesk::VersionStatus", "Draft") },
        { VersionStatus::Published, "published", QT_TRANSLATE_NOOP("qadesk::VersionStatus", "Published") } } }
};
constexpr Table<EvaluationKind, 4> s_evaluationKinds {
    "qadesk::EvaluationKind",
    { { { EvaluationKind::Regular, "regular", QT_TRANSLATE_NOOP("qadesk::EvaluationKind", "Regular") },
        { EvaluationKind::Live, "live", QT_TRANSLATE_NOOP("qadesk::EvaluationKind", "Live") },
        { EvaluationKind::Calibration, "calibration", QT_TRANSLATE_NOOP("qadesk::EvaluationKind", "Calibration") },
        { EvaluationKind::Self, "self", QT_TRANSLATE_NOOP("qadesk::EvaluationKind", "Self evaluation") } } }
};
constexpr Table<EvaluationStatus, 4> s_evaluationStatuses {
    "qadesk::EvaluationStatus",
    { { { EvaluationStatus::Draft, "draft", QT_TRANSLATE_NOOP("qadesk::EvaluationStatus", "Draft") },
        { EvaluationStatus::Submitted, "submitted", QT_TRANSLATE_NOOP("qadesk::EvaluationStatus", "Submitted") },
        { EvaluationStatus::InDispute, "in_dispute", QT_TRANSLATE_NOOP("qadesk::EvaluationStatus", "In dispute") },
        { EvaluationStatus::Revised, "revised", QT_TRANSLATE_NOOP("qadesk::EvaluationStatus", "Revised") } } }
};
constexpr Table<DisputeStatus, 3> s_disputeStatuses {
    "qadesk::DisputeStatus",
    { { { DisputeStatus::Open, "open", QT_TRANSLATE_NOOP("qadesk::DisputeStatus", "Open") },
        { DisputeStatus::Upheld, "upheld", QT_TRANSLATE_NOOP("qadesk::DisputeStatus", "Upheld") },
        { DisputeStatus::Overturned, "overturned", QT_TRANSLATE_NOOP("qadesk::DisputeStatus", "Overturned") } } }
};
constexpr Table<AcknowledgementStatus, 3> s_acknowledgements {
    "qadesk::AcknowledgementStatus",
    { { { AcknowledgementStatus::Pending, "pending", QT_TRANSLATE_NOOP("qadesk::AcknowledgementStatus", "Pending") },
        { AcknowledgementStatus::Acknowledged, "acknowledged",
          QT_TRANSLATE_NOOP("qadesk::AcknowledgementStatus", "Acknowledged") },
        { AcknowledgementStatus::Refused, "refused", QT_TRANSLATE_NOOP("qadesk::AcknowledgementStatus", "Refused") } } }
};

template <typename Enum, std::size_t N> const Entry<Enum>* entryOf(const Table<Enum, N>& table, Enum value)
{
    for (const Entry<Enum>& entry : table.entries) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

template <typename Enum, std::size_t N> QString codeOf(const Table<Enum, N>& table, Enum value)
{
    const Entry<Enum>* entry = entryOf(table, value);
    return entry ? QString::fromLatin1(entry->code) : QString();
}

template <typename Enum, std::size_t N> QString nameOf(const Table<Enum, N>& table, Enum value)
{
    const Entry<Enum>* entry = entryOf(table, value);
    return entry ? QCoreApplication::translate(table.context, entry->name) : QString();
}

template <typename Enum, std::size_t N> std::optional<Enum> parseCode(const Table<Enum, N>& table, const QString& code)
{
    for (const Entry<Enum>& entry : table.entries) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

} // namespace

QString toCode(Channel value) { return codeOf(s_channels, value); }
QString toCode(Direction value) { return codeOf(s_directions, value); }
QString toCode(Role value) { return codeOf(s_roles, value); }
QString toCode(MessageSender value) { return codeOf(s_senders, value); }
QString toCode(ItemKind value) { return codeOf(s_itemKinds, value); }
QString toCode(CriticalScope value) { return codeOf(s_criticalScopes, value); }
QString toCode(VersionStatus value) { return codeOf(s_versionStatuses, value); }
QString toCode(EvaluationKind value) { return codeOf(s_evaluationKinds, value); }
QString toCode(EvaluationStatus value) { return codeOf(s_evaluationStatuses, value); }
QString toCode(DisputeStatus value) { return codeOf(s_disputeStatuses, value); }
QString toCode(AcknowledgementStatus value) { return codeOf(s_acknowledgements, value); }

template <> std::optional<Channel> fromCode(const QString& code) { return parseCode(s_channels, code); }
template <> std::optional<Direction> fromCode(const QString& code) { return parseCode(s_directions, code); }
template <> std::optional<Role> fromCode(const QString& code) { return parseCode(s_roles, code); }
template <> std::optional<MessageSender> fromCode(const QString& code) { return parseCode(s_senders, code); }
template <> std::optional<ItemKind> fromCode(const QString& code) { return parseCode(s_itemKinds, code); }
template <> std::optional<CriticalScope> fromCode(const QString& code) { return parseCode(s_criticalScopes, code); }
template <> std::optional<VersionStatus> fromCode(const QString& code) { return parseCode(s_versionStatuses, code); }
template <> std::optional<EvaluationKind> fromCode(const QString& code) { return parseCode(s_evaluationKinds, code); }
template <> std::optional<EvaluationStatus> fromCode(const QString& code)
{
    return parseCode(s_evaluationStatuses, code);
}
template <> std::optional<DisputeStatus> fromCode(const QString& code) { return parseCode(s_disputeStatuses, code); }
template <> std::optional<AcknowledgementStatus> fromCode(const QString& code)
{
    return parseCode(s_acknowledgements, code);
}

QString displayName(Channel value) { return nameOf(s_channels, value); }
QString displayName(Direction value) { return nameOf(s_directions, value); }
QString displayName(Role value) { return nameOf(s_roles, value); }
QString displayName(MessageSender value) { return nameOf(s_senders, value); }
QString displayName(ItemKind value) { return nameOf(s_itemKinds, value); }
QString displayName(CriticalScope value) { return nameOf(s_criticalScopes, value); }
QString displayName(VersionStatus value) { return nameOf(s_versionStatuses, value); }
QString displayName(EvaluationKind value) { return nameOf(s_evaluationKinds, value); }
QString displayName(EvaluationStatus value) { return nameOf(s_evaluationStatuses, value); }
QString displayName(DisputeStatus value) { return nameOf(s_disputeStatuses, value); }
QString displayName(AcknowledgementStatus value) { return nameOf(s_acknowledgements, value); }

} // namespace qadesk
