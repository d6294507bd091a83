"""Live co-editing: the map as a Yjs shared document (pycrdt), the room server
(pycrdt-websocket over `websockets`, rooms kept with pycrdt-store's SQLite store), the client
and the session that keeps an open document equal to a room. No Qt."""
