package vn.khenthuong.decision;

/**
 * A decision is about to be signed in the current transaction: every task in it completed, every award recorded. Not an
 * audit record of its own ({@link DecisionSigned} is, once signed): it tells the audit that this transaction appends
 * several events per awardee, which it then writes together when the transaction commits.
 */
public record DecisionSigning(long decisionId, int awardees) {
}
