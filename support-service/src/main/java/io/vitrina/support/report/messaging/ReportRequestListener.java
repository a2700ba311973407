package io.vitrina.support.report.messaging;

import io.vitrina.platform.report.ReportRequestConsumer;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.MessageListener;

/**
 * The worker's end of {@code vitrina.support.reports}: builds the report each message names (see
 * {@link ReportRequestConsumer}). The server binds it through the activation spec {@code
 * support-service/ReportRequestListener}, whose {@code maxSession} bounds how many reports are
 * built at once.
 */
@MessageDriven(name = "ReportRequestListener")
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ReportRequestListener extends ReportRequestConsumer implements MessageListener {}
