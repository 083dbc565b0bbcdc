/**
 * What the adapter does, between the core and the adapters: take a case note ({@link
 * uk.irodispute.application.NoteIntake}), tick the disputes now due ({@link
 * uk.irodispute.application.DueDisputes}), write down what the engine decided ({@link
 * uk.irodispute.application.DecisionWriter}), act on dead letters ({@link
 * uk.irodispute.application.DeadLetterOperations}) and queue the weekly digest ({@link
 * uk.irodispute.application.DigestSending}). Each use case runs the engine and the store in its own
 * transactions; the SQL stays in {@code uk.irodispute.store}.
 */
package uk.irodispute.application;
