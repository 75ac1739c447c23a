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

} // namespace qadesk
