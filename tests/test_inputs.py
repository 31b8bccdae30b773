"""Reading drafts: decoding, binary and encoding errors, folder walking."""
from __future__ import annotations

import codecs
import io
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.inputs import (
    CHECKABLE_EXTENSIONS,
    Input,
    InputError,
    collect,
    decode,
    read_input,
    read_text,
)


# -- decode -------------------------------------------------------------------


def test_plain_utf8():
    assert decode("café — 906 children".encode()) == "café — 906 children"


def test_crlf_is_kept():
    assert decode(b"one\r\ntwo\r\n") == "one\r\ntwo\r\n"


def test_utf8_bom_is_stripped():
    assert decode(codecs.BOM_UTF8 + "3,800 dead".encode()) == "3,800 dead"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(encoding):
    text = "Around 3,800 civilians\r\nné"
    data = text.encode(encoding)
    if not encoding == "utf-16" and not encoding == "utf-32":
        bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + data
    assert decode(data) == text


def test_nul_byte_means_binary():
    with pytest.raises(InputError, match="binary"):
        decode(b"GIF89a\x00\x01\x02")


def test_nul_after_first_8kb_is_not_sniffed():
    data = b"a" * 9000 + b"\x00"
    assert decode(data) == "a" * 9000 + "\x00"


def test_invalid_utf8_names_byte_offset_and_line():
    data = b"first line\nsecond \xff line\n"
    with pytest.raises(InputError) as info:
        decode(data)
    message = str(info.value)
    assert "invalid UTF-8" in message
    assert "byte 18" in message
    assert "line 2" in message
    assert "\n" not in message


def test_latin1_file_is_rejected_not_misread():
    with pytest.raises(InputError, match="UTF-8"):
        decode("café".encode("latin-1"))


def test_empty_is_fine():
    assert decode(b"") == ""


@settings(max_examples=200, deadline=None)
@given(st.text().filter(lambda s: "\x00" not in s and not s.startswith("\ufeff")))
def test_decode_roundtrips_utf8(text):
    assert decode(text.encode("utf-8")) == text


# -- readers ------------------------------------------------------------------


def test_read_text_never_modifies_the_file(tmp_path):
    p = tmp_path / "draft.txt"
    p.write_bytes(codecs.BOM_UTF8 + b"Around 3,800 civilians\r\n")
    before = (p.read_bytes(), os.stat(p).st_mtime_ns)
    assert read_text(str(p)) == "Around 3,800 civilians\r\n"
    assert (p.read_bytes(), os.stat(p).st_mtime_ns) == before


def test_broken_docx_is_reported(tmp_path):
    p = tmp_path / "draft.docx"
    p.write_bytes(b"PK\x03\x04" + b"\x00" * 20)
    with pytest.raises(InputError, match="not a Word document"):
        read_input(Input(str(p), str(p)))


def test_html_source_is_the_file_text(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<p>3,800 dead</p>", encoding="utf-8")
    assert read_input(Input(str(p), str(p))) == "<p>3,800 dead</p>"


def test_read_stdin_stream():
    item = Input("-", "<stdin>")
    assert read_input(item, stdin=io.BytesIO("906 children\r\n".encode())) == "906 children\r\n"


def test_unreadable_file(tmp_path):
    p = tmp_path / "secret.txt"
    p.write_text("x")
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):  # running as root
            pytest.skip("file permissions are not enforced for this user")
        with pytest.raises(InputError, match="cannot read"):
            read_input(Input(str(p), str(p)))
    finally:
        p.chmod(0o644)


def test_collected_error_is_raised_on_read():
    with pytest.raises(InputError, match="no such file"):
        read_input(Input("nope.txt", "nope.txt", error="no such file or folder"))


# -- collect ------------------------------------------------------------------


def _tree(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "a").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "z.md").write_text("z")
    (tmp_path / "b" / "a.txt").write_text("a")
    (tmp_path / "a" / "story.markdown").write_text("s")
    (tmp_path / "a" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "a" / "data.bin").write_bytes(b"\x00\x01")
    (tmp_path / ".hidden" / "secret.txt").write_text("h")
    (tmp_path / ".dotfile.txt").write_text("d")
    (tmp_path / "top.TXT").write_text("t")
    return tmp_path


def test_walk_is_sorted_recursive_and_filtered(tmp_path):
    root = _tree(tmp_path)
    items = collect([str(root)])
    rel = [os.path.relpath(i.path, root) for i in items]
    assert rel == [os.path.join("a", "story.markdown"), os.path.join("b", "a.txt"), os.path.join("b", "z.md"), "top.TXT"]
    assert all(i.error is None for i in items)


def test_explicit_file_is_taken_whatever_its_extension(tmp_path):
    p = tmp_path / "notes"
    p.write_text("x")
    assert collect([str(p)]) == [Input(str(p), str(p))]


def test_missing_path_is_an_error_item(tmp_path):
    [item] = collect([str(tmp_path / "nope.txt")])
    assert item.error == "no such file or folder"


def test_empty_folder_is_an_error_item(tmp_path):
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    [item] = collect([str(tmp_path)])
    assert item.error is not None and "no checkable files" in item.error


def test_paths_are_deduplicated_in_order(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("a")
    b.write_text("b")
    items = collect([str(b), str(tmp_path), str(b), "-", "-"], stdin_filename="x.md")
    assert [i.path for i in items] == [str(b), str(a), "-"]
    assert items[-1].display == "x.md"


def test_stdin_default_display_name():
    assert collect(["-"]) == [Input("-", "<stdin>")]


def test_checkable_extensions():
    assert set(CHECKABLE_EXTENSIONS) == {".txt", ".md", ".markdown", ".text", ".html", ".htm", ".docx"}
