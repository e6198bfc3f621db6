// The coach panel's terminal: xterm.js on the terminal service's WebSocket (/terminal/ws, through the gateway).
// Frames in: {type:"session",id} | {type:"output",data} | {type:"exit",code}. Frames out: input and resize.
import { Terminal } from "../lib/xterm/xterm.mjs";
import { FitAddon } from "../lib/xterm/addon-fit.mjs";

const retryDelaysMs = [250, 500, 1000, 2000, 4000];
const maxAttempts = 30; // about two minutes of a network blip or a restarting service

const darkTheme = { background: "#1e1e1e", foreground: "#e6e6e6", cursor: "#e6e6e6" };
const lightTheme = { background: "#ffffff", foreground: "#1e1e1e", cursor: "#1e1e1e", selectionBackground: "#b4d5fe" };

export function open(element, profile, dark, dotnet) {
    return new TerminalPanel(element, profile, dark, dotnet);
}

class TerminalPanel {
    constructor(element, profile, dark, dotnet) {
        this.profile = profile;
        this.dotnet = dotnet;
        // A page reload reattaches to the session this tab had, when the service still has it.
        this.storageKey = `mcpacer.terminal.${profile}`;
        this.sessionId = sessionStorage.getItem(this.storageKey);
        this.resuming = this.sessionId !== null;
        this.exited = false;
        this.disposed = false;
        this.attempt = 0;
        // Keystrokes typed while the socket is (re)connecting, sent once it opens instead of being dropped.
        this.pendingInput = [];
        this.term = new Terminal({
            cursorBlink: true,
            fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
            fontSize: 13,
            scrollback: 5000,
            theme: dark ? darkTheme : lightTheme,
        });
        this.fit = new FitAddon();
        this.term.loadAddon(this.fit);
        this.element = element;
        element.style.background = this.term.options.theme.background;
        this.term.open(element);
        this.term.element.dataset.testid = "terminal";
        this.term.onData(data => this.send({ type: "input", data }));
        this.term.onResize(({ cols, rows }) => this.send({ type: "resize", cols, rows }));
        this.term.attachCustomKeyEventHandler(event => this.handleClipboardKeys(event));
        this.resizeObserver = new ResizeObserver(() => this.fitToElement());
        this.resizeObserver.observe(element);
        this.fitToElement();
        this.connect();
    }

    url() {
        const scheme = location.protocol === "https:" ? "wss:" : "ws:";
        const query = this.sessionId
            ? `session=${encodeURIComponent(this.sessionId)}`
            : `profile=${encodeURIComponent(this.profile)}&cols=${this.term.cols}&rows=${this.term.rows}`;
        return `${scheme}//${location.host}/terminal/ws?${query}`;
    }

    connect() {
        const socket = new WebSocket(this.url());
        this.socket = socket;
        socket.onopen = () => {
            this.attempt = 0;
            this.resuming = false;
            if (this.sessionId) {
                // The service replays the session's scrollback: start from a clean screen so nothing shows twice.
                this.term.reset();
                this.send({ type: "resize", cols: this.term.cols, rows: this.term.rows });
            }
            for (const frame of this.pendingInput.splice(0)) {
                this.send(frame);
            }
            this.report("connected");
        };
        socket.onmessage = event => {
            const frame = JSON.parse(event.data);
            if (frame.type === "output") {
                this.term.write(frame.data);
            } else if (frame.type === "session") {
                this.sessionId = frame.id;
                sessionStorage.setItem(this.storageKey, frame.id);
            } else if (frame.type === "exit") {
                this.exited = true;
                this.forgetSession();
                this.term.write(`\r\n\x1b[2m[the program exited with code ${frame.code}]\x1b[0m\r\n`);
                this.report("exited");
            }
        };
        socket.onclose = () => {
            if (this.disposed || this.exited || socket !== this.socket) {
                return;
            }
            if (this.resuming) {
                // The stored session has ended or expired: start a new one.
                this.resuming = false;
                this.forgetSession();
                this.connect();
                return;
            }
            if (this.attempt >= maxAttempts) {
                this.report("failed");
                return;
            }
            const delay = retryDelaysMs[Math.min(this.attempt, retryDelaysMs.length - 1)];
            this.attempt++;
            this.report("reconnecting");
            this.retryTimer = setTimeout(() => this.connect(), delay);
        };
    }

    send(frame) {
        if (this.socket && this.socket.readyState === WebSocket.OPEN) {
            this.socket.send(JSON.stringify(frame));
        } else if (frame.type === "input" && !this.exited) {
            this.pendingInput.push(frame);
        }
    }

    // Ctrl+Shift+C copies the selection and Ctrl+Shift+V pastes, as in desktop terminals (Ctrl+C stays SIGINT).
    handleClipboardKeys(event) {
        if (event.type !== "keydown" || !event.ctrlKey || !event.shiftKey) {
            return true;
        }
        if (event.code === "KeyC" && this.term.hasSelection()) {
            navigator.clipboard?.writeText(this.term.getSelection());
            return false;
        }
        if (event.code === "KeyV") {
            navigator.clipboard?.readText().then(text => this.term.paste(text));
            return false;
        }
        return true;
    }

    fitToElement() {
        if (this.term.element && this.term.element.offsetParent !== null) {
            this.fit.fit();
        }
    }

    setDark(dark) {
        this.term.options.theme = dark ? darkTheme : lightTheme;
        this.element.style.background = this.term.options.theme.background;
    }

    focus() {
        this.term.focus();
    }

    report(state) {
        if (!this.disposed) {
            this.dotnet.invokeMethodAsync("OnConnectionState", state);
        }
    }

    forgetSession() {
        this.sessionId = null;
        sessionStorage.removeItem(this.storageKey);
    }

    // Ends the session on the service too (a new session replaces it); a tab that closes keeps it for a reload.
    async close() {
        const id = this.sessionId;
        this.dispose();
        this.forgetSession();
        if (id) {
            await fetch(`/terminal/sessions/${encodeURIComponent(id)}`, { method: "DELETE" });
        }
    }

    dispose() {
        this.disposed = true;
        clearTimeout(this.retryTimer);
        this.resizeObserver.disconnect();
        this.socket?.close();
        this.term.dispose();
    }
}
