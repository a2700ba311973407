package io.vitrina.platform.events;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.jms.Message;
import java.util.Collections;
import java.util.Map;

/** A JMS message whose string properties live in the given map, for tests of what is set on it. */
final class MessageStub {
  private MessageStub() {}

  static Message over(Map<String, String> properties) throws Exception {
    Message message = mock(Message.class);
    doAnswer(
            call -> {
              properties.put(call.getArgument(0), call.getArgument(1));
              return null;
            })
        .when(message)
        .setStringProperty(anyString(), anyString());
    when(message.getStringProperty(anyString()))
        .thenAnswer(call -> properties.get(call.<String>getArgument(0)));
    when(message.getPropertyNames())
        .thenAnswer(call -> Collections.enumeration(properties.keySet()));
    return message;
  }
}
