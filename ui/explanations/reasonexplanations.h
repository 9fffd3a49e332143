#pragma once

#include "explanationdraft.h"

// One function per Outcome::Reason (or per family of reasons that share an explanation),
// each filling a Draft; the reason table in outcometables.cpp says which one explains which
// reason. They share one signature so the table can hold them all.
namespace hongyan::explaining {

// connectionexplanations.cpp
void explainHostNotFound(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainConnectionRefused(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainConnectTimeout(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainNetworkError(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainConnectionLost(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainTimeout(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainHandshakeFailure(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainStartTlsNotOffered(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainStartTlsRefused(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainStartTlsInjection(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainImplicitTlsExpected(const smtp::Outcome& outcome, const QString& host, Draft& draft);

// certificateexplanations.cpp
void explainUntrustedCertificate(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainPinMismatch(const smtp::Outcome& outcome, const QString& host, Draft& draft);

// replyexplanations.cpp
void explainReply(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainServerClosing(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainMalformedReply(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainReplyTooLong(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainUnexpectedReply(const smtp::Outcome& outcome, const QString& host, Draft& draft);

// signinexplanations.cpp
void explainAuthReply(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainAuthNotOffered(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainNoUsableMechanism(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainPlaintextAuthRefused(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainAuthChallengeLimit(const smtp::Outcome& outcome, const QString& host, Draft& draft);

// messageexplanations.cpp
void explainSuccess(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainSize(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainRecipients(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainMailRoute(const smtp::Outcome& outcome, const QString& host, Draft& draft);
void explainCancelled(const smtp::Outcome& outcome, const QString& host, Draft& draft);

} // namespace hongyan::explaining
