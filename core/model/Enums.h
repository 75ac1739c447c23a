#pragma once

#include <QString>
#include <optional>

namespace qadesk {

// Every enum stored in the workspace has a stable lower-case text code: the database, the JSON formats and the CLI
// all use these codes, so renaming a C++ enumerator never changes a file.

enum class Channel { Call, Chat, Email };
enum class Direction { Inbound, Outbound };
enum class Role { Admin, Manager, TeamLead, Evaluator, Agent };
enum class MessageSender { Agent, Customer, Bot, System };
enum class ItemKind { YesNo, Scale, Options };
enum class CriticalScope { None, Section, Evaluation };
enum class VersionStatus { Draft, Published };
enum class EvaluationKind { Regular, Live, Calibration, Self };
enum class EvaluationStatus { Draft, Submitted, InDispute, Revised };
enum class DisputeStatus { Open, Upheld, Overturned };
enum class AcknowledgementStatus { Pending, Acknowledged, Refused };

QString toCode(Channel value);
QString toCode(Direction value);
QString toCode(Role value);
QString toCode(MessageSender value);
QString toCode(ItemKind value);
QString toCode(CriticalScope value);
QString toCode(VersionStatus value);
QString toCode(EvaluationKind value);
QString toCode(EvaluationStatus value);
QString toCode(DisputeStatus value);
QString toCode(AcknowledgementStatus value);

// Parse a code written by toCode(); nullopt for anything else (callers report the bad value with its location).
template <typename Enum> std::optional<Enum> fromCode(const QString& code);

// The name people read for a value, in the UI language ("In dispute", "이의 제기 중"): every screen and report shows
// these, never the codes. Each enum translates in its own context ("qadesk::EvaluationStatus"), so a version's
// "Draft" and an evaluation's "Draft" can read differently.
QString displayName(Channel value);
QString displayName(Direction value);
QString displayName(Role value);
QString displayName(MessageSender value);
QString displayName(ItemKind value);
QString displayName(CriticalScope value);
QString displayName(VersionStatus value);
QString displayName(EvaluationKind value);
QString displayName(EvaluationStatus value);
QString displayName(DisputeStatus value);
QString displayName(AcknowledgementStatus value);

// displayName() of a stored code, for read models that carry the code; a code that names no value shows as it is,
// so nothing disappears from the screen.
template <typename Enum> QString displayNameOfCode(const QString& code)
{
    const std::optional<Enum> value = fromCode<Enum>(code);
    return value ? displayName(*value) : code;
}

} // namespace qadesk
