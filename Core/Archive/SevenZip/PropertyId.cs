namespace OutlookReferralAddin.Core.Archive.SevenZip;

/// <summary>The property ids of 7-Zip's <c>DOC/7zFormat.txt</c> that this writer uses.</summary>
internal enum PropertyId : byte
{
    End = 0x00,
    Header = 0x01,
    MainStreamsInfo = 0x04,
    FilesInfo = 0x05,
    PackInfo = 0x06,
    UnpackInfo = 0x07,
    SubStreamsInfo = 0x08,
    Size = 0x09,
    Crc = 0x0A,
    Folder = 0x0B,
    CodersUnpackSize = 0x0C,
    NumUnpackStream = 0x0D,
    EmptyStream = 0x0E,
    EmptyFile = 0x0F,
    Name = 0x11,
    MTime = 0x14,
    EncodedHeader = 0x17,
}
