using GeoNeeds.Engine.Geo;
using GeoNeeds.Engine.Io.Postcodes;

namespace GeoNeeds.Engine.Tests.Io.Postcodes;

public class PostcodeLookupRealDataTests
{
    private const string CodePointFolder = "postcodes/codepoint-open-2014.3";
    private const string NsplFile = "postcodes/nspl-aug2024-oi-lookup/postcode_lad_ward_lsoa21_CV_LE.csv";

    [SkippableFact]
    public void ReadCodePoint_CoventryAndLeicesterAreas_ReadsEveryPostcodeWithGridReferenceAndWard()
    {
        // Row counts are the files' line counts (no header row); CV1 1DD is the first line of cv.csv.
        var cv = ReadCodePoint("cv.csv");
        var le = ReadCodePoint("le.csv");

        Assert.Equal(19_508, cv.Count);
        Assert.Equal(21_621, le.Count);
        Assert.Equal(0, cv.SkippedRows + le.SkippedRows);
        Assert.Empty(cv.Warnings.Concat(le.Warnings));
        Assert.Equal(new PostcodeLocation("CV1 1DD", 433_297, 278_969, CoordinateSystem.BritishNationalGrid, null, "E05001228"), cv.Find("CV1 1DD"));
        Assert.Equal(new PostcodeLocation("LE95 2AB", 454_913, 301_240, CoordinateSystem.BritishNationalGrid, null, "E05005425"), le.Find("LE95 2AB"));
    }

    [SkippableFact]
    public void ReadCsv_NsplCoventryAndLeicester_ReadsEveryRowWithLsoa2021AndWard()
    {
        // shared/data/README.md: 64,558 rows including terminated postcodes; 26 have no ward or LSOA (counted with Python).
        var nspl = PostcodeLookupReader.ReadCsv(SharedData.Require(NsplFile));

        Assert.Equal(64_558, nspl.Count);
        Assert.Equal(0, nspl.SkippedRows);
        Assert.Equal(new PostcodeLocation("CV1 1DD", null, null, null, "E01034743", "E05001228"), nspl.Find("CV1 1DD"));
    }

    [SkippableFact]
    public void Merge_CodePointThenNspl_GivesCoordinatesWardsAndLsoaCodesTogether()
    {
        var nsplPath = SharedData.Require(NsplFile);

        var merged = PostcodeLookup.Merge([ReadCodePoint("cv.csv"), ReadCodePoint("le.csv"), PostcodeLookupReader.ReadCsv(nsplPath)]);

        // Every one of Code-Point's 41,129 postcodes is in the NSPL extract, so the union is the NSPL's 64,558
        // (set arithmetic in Python over the three files).
        Assert.Equal(64_558, merged.Count);
        Assert.Equal(19_508 + 21_621, merged.Locations.Count(location => location.HasCoordinates));
        Assert.Equal(new PostcodeLocation("CV1 1DD", 433_297, 278_969, CoordinateSystem.BritishNationalGrid, "E01034743", "E05001228"), merged.Find("CV1 1DD"));
    }

    private static PostcodeLookup ReadCodePoint(string file) =>
        PostcodeLookupReader.ReadCodePoint(SharedData.Require($"{CodePointFolder}/{file}"), SharedData.Require($"{CodePointFolder}/Code-Point_Open_Column_Headers.csv"));
}
