using GeoNeeds.Engine.Io;
using GeoNeeds.Engine.Io.Postcodes;
using GeoNeeds.Engine.Io.Tables;

namespace GeoNeeds.Engine.Studies;

/// <summary>A study's postcode lookups (<c>postcodes:</c>), read for its inputs and for the viewer's postcode search.</summary>
public static class StudyPostcodes
{
    /// <summary>The study's postcode tables merged in order, their warnings added to <paramref name="warnings"/>.</summary>
    public static PostcodeLookup Read(StudyDefinition study, ICollection<InputWarning> warnings)
    {
        var lookup = PostcodeLookup.Merge(study.Postcodes.Select(p => p.Format == SourceFormat.CodePoint
            ? PostcodeLookupReader.ReadCodePoint(StudyFile.Resolve(study, p.Path), p.ColumnHeaders is null ? null : StudyFile.Resolve(study, p.ColumnHeaders))
            : PostcodeLookupReader.ReadCsv(StudyFile.Resolve(study, p.Path))));
        foreach (var warning in lookup.Warnings)
        {
            warnings.Add(warning);
        }

        return lookup;
    }
}
