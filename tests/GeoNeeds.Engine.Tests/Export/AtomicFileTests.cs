using GeoNeeds.Engine.Export;

namespace GeoNeeds.Engine.Tests.Export;

public class AtomicFileTests
{
    [Fact]
    public void WriteAllText_MissingFolder_CreatesFolderAndFile()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "out", "rates", "table.txt");

        AtomicFile.WriteAllText(path, "hello");

        Assert.Equal("hello", File.ReadAllText(path));
    }

    [Fact]
    public void WriteAllText_ExistingFile_ReplacesItAndLeavesNoTemporaryFile()
    {
        var path = TestFiles.Write("table.csv", "old content that is longer than the new");

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void WriteAllText_NonAsciiName_IsUtf8WithoutByteOrderMark()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "names.txt");

        AtomicFile.WriteAllText(path, "Ynys Môn");

        // 'ô' is U+00F4, UTF-8 C3 B4; no EF BB BF mark in front.
        Assert.Equal("Ynys M\u00F4n"u8.ToArray(), File.ReadAllBytes(path));
    }

    [Fact]
    public void Write_WhileWriting_TargetStillHoldsOldContent()
    {
        var path = TestFiles.Write("map.geojson", "old");
        string? seenDuringWrite = null;

        AtomicFile.Write(path, stream =>
        {
            stream.Write("new"u8);
            stream.Flush();
            seenDuringWrite = File.ReadAllText(path);
        });

        Assert.Equal("old", seenDuringWrite);
        Assert.Equal("new", File.ReadAllText(path));
    }

    [Fact]
    public void Write_WriterThrows_LeavesOldFileIntactAndNoTemporaryFile()
    {
        var path = TestFiles.Write("table.csv", "old");

        var error = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half a fi"u8);
            throw new InvalidOperationException("disk full");
        }));

        Assert.Equal("disk full", error.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Write_CallbackClosesTheStream_StillWritesTheFile()
    {
        var path = Path.Combine(TestFiles.NewFolder(), "closed.txt");

        AtomicFile.Write(path, stream =>
        {
            using var writer = new StreamWriter(stream);
            writer.Write("closed by the writer");
        });

        Assert.Equal("closed by the writer", File.ReadAllText(path));
    }

    [Fact]
    public void RemoveStale_ForOneFile_RemovesOnlyThatFilesTemporaries()
    {
        var folder = TestFiles.NewFolder();
        string[] names = [".counts.csv.0123456789abcdef0123456789abcdef.tmp", ".rates.csv.0123456789abcdef0123456789abcdef.tmp", ".counts.csv.tmp"];
        foreach (var name in names)
        {
            File.WriteAllText(Path.Combine(folder, name), "left by a killed run");
        }

        var removed = AtomicFile.RemoveStale(folder, "counts.csv");

        Assert.Equal([Path.Combine(folder, names[0])], removed);
        Assert.Equal(names[1..].Order(StringComparer.Ordinal), Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
