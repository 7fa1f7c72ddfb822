#!/usr/bin/python3
# weston-outputs.py COMMAND...: acts on the outputs of a Weston on its X11 backend, each an X
# window named "Weston Compositor - NAME", through libX11 (no other package needed):
#   find NAME             prints the window's id once it is there (waits up to 20 s)
#   move WINDOW X Y       moves it (outputs are laid out where their windows are)
#   pointer WINDOW X Y    puts the pointer in it (new windows open on the pointer's output)
#   close WINDOW          asks it to close, as a window manager would: Weston then removes
#                         that output, as when a projector is unplugged
#
# SPDX-License-Identifier: GPL-3.0-or-later
import ctypes
import sys
import time

x11 = ctypes.CDLL("libX11.so.6")
Display = ctypes.c_void_p
Window = ctypes.c_ulong
x11.XOpenDisplay.restype = Display
x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
x11.XDefaultRootWindow.restype = Window
x11.XDefaultRootWindow.argtypes = [Display]
x11.XQueryTree.argtypes = [Display, Window, ctypes.POINTER(Window), ctypes.POINTER(Window),
                           ctypes.POINTER(ctypes.POINTER(Window)), ctypes.POINTER(ctypes.c_uint)]
x11.XGetWindowProperty.argtypes = [
    Display, Window, ctypes.c_ulong, ctypes.c_long, ctypes.c_long, ctypes.c_int, ctypes.c_ulong,
    ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_ulong),
    ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.c_char_p)]
x11.XFree.argtypes = [ctypes.c_void_p]
x11.XMoveWindow.argtypes = [Display, Window, ctypes.c_int, ctypes.c_int]
x11.XWarpPointer.argtypes = [Display, Window, Window, ctypes.c_int, ctypes.c_int, ctypes.c_uint,
                             ctypes.c_uint, ctypes.c_int, ctypes.c_int]
x11.XInternAtom.restype = ctypes.c_ulong
x11.XInternAtom.argtypes = [Display, ctypes.c_char_p, ctypes.c_int]
x11.XFlush.argtypes = [Display]
x11.XSync.argtypes = [Display, ctypes.c_int]


class ClientMessage(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", Display), ("window", Window), ("message_type", ctypes.c_ulong),
                ("format", ctypes.c_int), ("data", ctypes.c_long * 5)]


class Event(ctypes.Union):
    _fields_ = [("xclient", ClientMessage), ("pad", ctypes.c_long * 24)]


x11.XSendEvent.argtypes = [Display, Window, ctypes.c_int, ctypes.c_long, ctypes.POINTER(Event)]
CLIENT_MESSAGE = 33


def named(display, name):
    root, parent = Window(), Window()
    children = ctypes.POINTER(Window)()
    n = ctypes.c_uint()
    if not x11.XQueryTree(display, x11.XDefaultRootWindow(display), ctypes.byref(root),
                          ctypes.byref(parent), ctypes.byref(children), ctypes.byref(n)):
        return None
    found = None
    want = ("Weston Compositor - " + name).encode()
    net_wm_name = x11.XInternAtom(display, b"_NET_WM_NAME", 0)
    for i in range(n.value):
        # (Weston names them in _NET_WM_NAME only)
        kind, unit = ctypes.c_ulong(), ctypes.c_int()
        items, after = ctypes.c_ulong(), ctypes.c_ulong()
        title = ctypes.c_char_p()
        if x11.XGetWindowProperty(display, children[i], net_wm_name, 0, 256, 0, 0,
                                  ctypes.byref(kind), ctypes.byref(unit), ctypes.byref(items),
                                  ctypes.byref(after), ctypes.byref(title)) == 0 and title.value:
            if title.value == want:
                found = children[i]
            x11.XFree(title)
    if children:
        x11.XFree(children)
    return found


def main(args):
    display = x11.XOpenDisplay(None)
    if not display:
        sys.exit("weston-outputs.py: cannot open the X display")
    command = args[0]
    if command == "find":
        for _ in range(100):
            window = named(display, args[1])
            if window:
                print(hex(window))
                return
            time.sleep(0.2)
        sys.exit("weston-outputs.py: no output named %s" % args[1])
    window = int(args[1], 0)
    if command == "move":
        x11.XMoveWindow(display, window, int(args[2]), int(args[3]))
    elif command == "pointer":
        x11.XWarpPointer(display, 0, window, 0, 0, 0, 0, int(args[2]), int(args[3]))
    elif command == "close":
        event = Event()
        event.xclient.type = CLIENT_MESSAGE
        event.xclient.window = window
        event.xclient.message_type = x11.XInternAtom(display, b"WM_PROTOCOLS", 0)
        event.xclient.format = 32
        event.xclient.data[0] = x11.XInternAtom(display, b"WM_DELETE_WINDOW", 0)
        x11.XSendEvent(display, window, 0, 0, ctypes.byref(event))
    else:
        sys.exit("weston-outputs.py: unknown command %s" % command)
    x11.XSync(display, 0)


if __name__ == "__main__":
    main(sys.argv[1:])
