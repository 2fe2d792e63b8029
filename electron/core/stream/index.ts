/** The Exchange Stream API engine: may this key and session stream? (One TLS conversation, then closed.) */
export {
  checkStream,
  streamNotChecked,
  MAX_STREAM_BYTES,
  MAX_STREAM_LINE_BYTES,
  STREAM_CLOSED_EARLY,
  STREAM_DEADLINE_MS,
  type StreamCheckRequest,
} from './check-stream.js';
export {
  authenticationLine,
  streamConversation,
  UNKNOWN_STREAM_CODE,
  type StreamStatus,
} from './stream-conversation.js';
